import { LoggerService } from '@backstage/backend-plugin-api';
import {
  NotificationRecipients,
  NotificationService,
} from '@backstage/plugin-notifications-node';

/** What a notification says. */
export type NotificationPayload = Parameters<
  NotificationService['send']
>[0]['payload'];

/**
 * Sends a notification through Backstage's notifications service. One that
 * cannot be sent (the notifications backend not installed, or down) is
 * logged and never fails the work that caused it; returns whether it went.
 */
export async function sendNotification(
  deps: { notifications: NotificationService; logger: LoggerService },
  recipients: NotificationRecipients,
  payload: NotificationPayload,
): Promise<boolean> {
  try {
    await deps.notifications.send({ recipients, payload });
    return true;
  } catch (error) {
    deps.logger.warn(
      `Could not send the notification "${payload.title}": ${error}`,
    );
    return false;
  }
}
