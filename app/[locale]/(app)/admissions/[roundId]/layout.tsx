import { notFound } from 'next/navigation';
import { requirePagePermission } from '@/lib/auth/session';
import { listRoundApplications } from '@/lib/admissions/queries';

// An unknown round is a real 404, decided above the page's loading boundary.
export default async function RoundLayout({ children, params }: LayoutProps<'/[locale]/admissions/[roundId]'>) {
  const { roundId } = await params;
  if (!(await listRoundApplications(await requirePagePermission('space:operate'), roundId))) notFound();
  return children;
}
