import { NotificationBanner } from '@lantern/web/ui';

/** What the last link or unlink in a section did: a success, or why it did not happen. */
export type SectionNotice = { kind: 'success' | 'problem'; message: string; id: number } | null;

let nextNoticeId = 1;
export function sectionNotice(kind: 'success' | 'problem', message: string): SectionNotice {
  return { kind, message, id: nextNoticeId++ };
}

export function SectionNoticeBanner({ notice }: { notice: SectionNotice }) {
  if (!notice) return null;
  return (
    <NotificationBanner
      key={notice.id}
      type={notice.kind === 'success' ? 'success' : 'important'}
      heading={notice.message}
      focusOnShow
      focusKey={notice.id}
    />
  );
}
