import type { Channel } from '../../../documents/people/schema';

/** How each channel is named to the reader (the log, and a contact's latest interaction on paper). */
export const channelLabels: Record<Channel, string> = {
  'in-person': 'In person',
  call: 'Call',
  email: 'Email',
  message: 'Message',
  event: 'Event',
};
