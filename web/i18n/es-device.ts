/**
 * Spanish texts of a shared phone's PIN lock (setting a PIN, unlocking, forgetting it) and of
 * signing out with data kept on the phone: the source of truth for these keys. A catalog part
 * loaded with the lock and sign-out screens (device-part.ts), never with the login route.
 */
export const messages = {
  'device.lockLabel': 'Sus datos en este teléfono',
  'device.invite': 'Para guardar sus datos en este teléfono (también sin señal), ponga un PIN que solo usted conozca.',
  'device.openSet': 'Poner un PIN',
  'device.setTitle': 'Ponga un PIN para este teléfono',
  'device.setIntro': 'Lo que guarda en este teléfono queda cerrado con un PIN que solo usted conoce: otra persona que use el teléfono no puede verlo. El PIN no sale del teléfono y nadie puede recuperarlo.',
  'device.pin': 'PIN (de 4 a 8 números)',
  'device.pinAgain': 'Repita el PIN',
  'device.setSubmit': 'Guardar el PIN',
  'device.working': 'Un momento…',
  'device.unlockTitle': 'Abrir sus datos',
  'device.unlockIntro': '{name}, escriba su PIN para abrir lo que guardó en este teléfono.',
  'device.unlockSubmit': 'Abrir',
  'device.notMe': 'No soy {name}: cambiar de usuario',
  'device.wrongPin': 'PIN incorrecto. Le quedan {count} intentos antes de tener que esperar.',
  'device.wrongPinWait': 'PIN incorrecto. Espere {seconds} segundos antes de intentar otra vez.',
  'device.wait': 'Demasiados intentos. Espere {seconds} segundos antes de intentar otra vez.',
  'pin.required': 'Escriba un PIN.',
  'pin.notDigits': 'El PIN lleva solo números.',
  'pin.length': 'El PIN tiene de 4 a 8 números.',
  'pin.tooEasy': 'Ese PIN es fácil de adivinar (como 0000, 1234 o 1212). Elija otro.',
  'pin.mismatch': 'Los dos PIN no son iguales. Escríbalos otra vez.',
  'device.forgot': '¿Olvidó su PIN?',
  'device.forgotIntro': 'Sin su PIN nadie puede abrir sus datos de este teléfono, tampoco Pallay. Puede borrarlos y poner un PIN nuevo; lo que ya llegó al servidor no se pierde.',
  'device.wipe': 'Borrar mis datos de este teléfono',
  'device.unsent': '{count} registros suyos todavía no llegaron al servidor (esperando o con problemas).',
  'device.wipeRefused': 'No se borró nada: {count} registros todavía no llegaron al servidor y se perderían. Envíelos primero con conexión, o confirme abajo que acepta perderlos.',
  'device.confirmLoss': 'Sí, borrar también los {count} registros no enviados. Entiendo que se pierden para siempre.',
  'device.back': 'Volver',
  'device.logoutTitle': 'Cerrar sesión en este teléfono',
  'device.logoutIntro': 'Lo que guardó en este teléfono queda cerrado con su PIN hasta que vuelva a entrar. También puede borrarlo de este teléfono.',
  'device.allSent': 'Todo lo que guardó aquí ya llegó al servidor.',
  'device.logoutKeep': 'Cerrar sesión y dejar mis datos cerrados con mi PIN',
  'device.logoutWipe': 'Cerrar sesión y borrar mis datos de este teléfono',
} satisfies Record<string, string>;

export type DeviceKey = keyof typeof messages;
