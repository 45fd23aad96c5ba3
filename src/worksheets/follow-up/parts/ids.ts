/** Element ids inside the tracker, shared by the pieces that move focus between them. */

/** The name field of a contact's details. */
export const nameFieldId = (personId: string) => `fu-${personId}-name`;

/** The first field of a contact's "Log an interaction" form. */
export const logFieldId = (personId: string) => `fu-${personId}-log-date`;

/** The button that opens or closes a contact's details. */
export const toggleId = (personId: string) => `fu-${personId}-toggle`;

/** The "Edit" button of a logged interaction, where focus returns when its editor closes. */
export const editId = (interactionId: string) => `fu-${interactionId}-edit`;
/** The button that opens an interaction's thank-you note composer. */
export const thanksButtonId = (interactionId: string) => `fu-${interactionId}-thanks-write`;
