export interface NotificationEmail {
  subject: string;
  text: string;
}

/**
 * The e-mail that tells a person something new waits in Venskab. E-mail travels outside the
 * organisation, so it says only that, and links to the inbox: no child, no names, no event.
 */
export function notificationEmail(publicUrl: string): NotificationEmail {
  return {
    subject: 'Nyt i Venskab',
    text: [
      'Hej',
      '',
      'Der er nyt til dig i Venskab. Log ind for at se det:',
      `${publicUrl.replace(/\/+$/, '')}/notifications`,
      '',
      'Denne e-mail er sendt automatisk, og du kan ikke svare på den.',
      '',
      'Venlig hilsen',
      'Venskab',
    ].join('\n'),
  };
}
