// The error of a bad input or an event the gate cannot judge: the run fails closed with its message.
export class InputError extends Error {
  override readonly name = 'InputError';
}
