import 'server-only';
import { NextResponse } from 'next/server';
import { env } from '@/lib/env';
import type { FaultReport } from '@/lib/generated/prisma/client';
import { open311Status } from './policy';

/**
 * Open311 GeoReport v2 (JSON): the shapes of its services and service requests, and its error
 * answer, an array of { code, description }. Reports never carry their reporter here.
 */
export type Open311Locale = 'zh-CN' | 'en';

export function open311Error(status: number, description: string): NextResponse {
  return NextResponse.json([{ code: status, description }], { status });
}

type Category = { code: string; nameZh: string; nameEn: string; descriptionZh: string; descriptionEn: string; forResources: boolean };

export function serviceJson(c: Category, locale: Open311Locale) {
  return {
    service_code: c.code,
    service_name: locale === 'en' ? c.nameEn : c.nameZh,
    description: locale === 'en' ? c.descriptionEn : c.descriptionZh,
    metadata: false,
    type: 'realtime',
    keywords: '',
    group: c.forResources ? (locale === 'en' ? 'Equipment' : '设备') : locale === 'en' ? 'Space' : '空间',
  };
}

type Request = Pick<FaultReport, 'id' | 'status' | 'description' | 'location' | 'photoKey' | 'createdAt' | 'updatedAt' | 'expectedFixAt' | 'resourceId'> & {
  category: { code: string; nameZh: string; nameEn: string };
  space: { name: string };
  resource: { name: string; zone: string } | null;
  events: { note: string }[];
};

export function requestJson(r: Request, locale: Open311Locale) {
  const status = open311Status(r.status);
  return {
    service_request_id: r.id,
    status,
    status_notes: r.events[0]?.note ?? null,
    service_name: locale === 'en' ? r.category.nameEn : r.category.nameZh,
    service_code: r.category.code,
    description: r.description,
    agency_responsible: r.space.name,
    service_notice: null,
    requested_datetime: r.createdAt.toISOString(),
    updated_datetime: r.updatedAt.toISOString(),
    expected_datetime: status === 'open' ? r.expectedFixAt.toISOString() : null,
    address: [r.resource ? `${r.resource.name}${r.resource.zone ? ` (${r.resource.zone})` : ''}` : null, r.location || null].filter(Boolean).join(' · ') || null,
    address_id: r.resourceId,
    zipcode: null,
    lat: null,
    long: null,
    media_url: r.photoKey ? new URL(`/api/files/${r.photoKey}`, env.APP_URL).toString() : null,
  };
}

/** `2026-12-01T10:00:00+08:00` and friends; anything else is a 400. */
export function parseW3cDate(value: string | null): Date | null | 'invalid' {
  if (value === null || value === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return 'invalid';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? 'invalid' : d;
}
