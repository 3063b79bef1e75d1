import { type Message, message } from '../../shared/i18n/message.js';

/**
 * "5 minuten geleden": how long ago something happened, in the unit a person would use.
 * Shown beside data from the shared database, which is only as fresh as its last read.
 */
export function timeAgo(iso: string, now: Date): Message {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000));
  if (minutes < 1) return message('sharing.ago.justNow');
  if (minutes < 60) return message('sharing.ago.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return message('sharing.ago.hours', { count: hours });
  return message('sharing.ago.days', { count: Math.floor(hours / 24) });
}
