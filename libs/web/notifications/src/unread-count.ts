/** What the header's link says: "Notifications", with the unread count when there are any. */
export function notificationsLinkText(unread: number | null | undefined): { text: string; count: string | null } {
  if (!unread) return { text: 'Notifications', count: null };
  return { text: 'Notifications', count: unread > 99 ? '99+' : String(unread) };
}
