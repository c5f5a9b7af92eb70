import { notificationsLinkText } from './unread-count';

describe('the header’s notifications link', () => {
  it('shows the unread count only when there is one, capped at 99+', () => {
    expect(notificationsLinkText(0)).toEqual({ text: 'Notifications', count: null });
    expect(notificationsLinkText(undefined)).toEqual({ text: 'Notifications', count: null });
    expect(notificationsLinkText(3)).toEqual({ text: 'Notifications', count: '3' });
    expect(notificationsLinkText(250)).toEqual({ text: 'Notifications', count: '99+' });
  });
});
