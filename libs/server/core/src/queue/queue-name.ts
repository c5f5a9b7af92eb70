/** Every BullMQ queue Lantern uses. Payloads carry ids only, never personal data. */
export enum QueueName {
  HEARTBEAT = 'heartbeat',
  REMINDERS = 'reminders',
}

export const QUEUE_PREFIX = 'lantern';
