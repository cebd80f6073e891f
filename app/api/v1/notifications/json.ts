type Item = { id: string; kind: string; data: unknown; link: string | null; readAt: Date | null; createdAt: Date; subjectType: string; subjectId: string };

export function notificationJson(n: Item) {
  return {
    id: n.id,
    kind: n.kind,
    subject: n.subjectType ? { type: n.subjectType, id: n.subjectId } : null,
    data: n.data,
    link: n.link,
    read: n.readAt !== null,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}
