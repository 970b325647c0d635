/** English texts of the conflict screen and of offline corrections (keys from es-conflict.ts). */
import type { ConflictKey } from './es-conflict.ts';

export const messages: Record<ConflictKey, string> = {
  'conflict.title': 'Someone changed this record while you were editing it',
  'conflict.intro': 'Nothing has been saved yet. For each item choose the value to keep: yours or the one already on the server.',
  'conflict.mine': 'Yours: {value}',
  'conflict.server': 'On the server: {value}',
  'conflict.empty': '(empty)',
  'conflict.save': 'Save what I chose',
  'conflict.chooseAll': 'Choose a value for every item.',
  'conflict.changedAgain': 'Someone saved this record again while you were choosing. Please check again.',
  'conflict.nothingDiffers': 'Your changes already match what is on the server: there is nothing to send.',
  'conflict.continue': 'Continue',
  'conflict.cancel': 'Discard my changes',
  'conflict.resolve': 'Resolve the conflict',
  'conflict.itemGone': 'This item is no longer on the phone.',
  'conflict.queued': 'No connection: the correction of {name} is kept on the phone and will be sent when the connection returns.',
  'conflict.notAssigned': 'With no connection only the person who registered her may correct this record. Try again with a connection.',
};
