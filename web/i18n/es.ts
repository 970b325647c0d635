/**
 * Spanish catalog: the source of truth for every user-facing string of the web app.
 * Every other catalog may only use keys that exist here, and any key they lack falls back to the
 * text below. Keys are grouped by screen; `{name}`-style placeholders are filled by `t()`.
 * Only the shell's texts live here; a module loaded on demand keeps its own in a catalog part
 * (es-registry.ts), so the login route does not download them.
 */
import type { RegistryKey } from './es-registry.ts';
import type { ProductionKey } from './es-production.ts';
import type { PricesKey } from './es-prices.ts';
import type { StatementsKey } from './es-statements.ts';
import type { DashboardKey } from './es-dashboard.ts';
import type { PlansKey } from './es-plans.ts';
import type { TrainingsKey } from './es-trainings.ts';
import type { SavingsKey } from './es-savings.ts';
import type { FieldKey } from './es-field.ts';
import type { ProtectionKey } from './es-protection.ts';
import type { HelpKey } from './es-help.ts';
import type { ReferralsKey } from './es-referrals.ts';
import type { ServicesKey } from './es-services.ts';
import type { DeviceKey } from './es-device.ts';
import type { ConflictKey } from './es-conflict.ts';
import type { ArcoKey } from './es-arco.ts';

export const messages = {
  'app.name': 'Pallay',
  'app.loading': 'Cargando…',
  'app.skipToContent': 'Ir al contenido',

  'lang.label': 'Idioma',

  'nav.label': 'Menú principal',
  'nav.home': 'Inicio',
  'nav.places': 'Lugares',
  'nav.people': 'Personas',
  'nav.organisations': 'Organizaciones',
  'nav.sites': 'Lugares mineros',
  'nav.production': 'Producción',
  'nav.prices': 'Precios del oro',
  'nav.reports': 'Reportes',
  'nav.dashboard': 'Indicadores',
  'nav.plans': 'Planes de acción',
  'nav.trainings': 'Capacitaciones',
  'nav.savings': 'Grupos de ahorro',
  'nav.ppe': 'Equipos de protección',
  'nav.mercury': 'Mercurio',
  'nav.services': 'Directorio de servicios',
  'nav.duplicates': 'Posibles duplicados',
  'nav.users': 'Usuarias y usuarios',
  'nav.secondFactor': 'Segundo factor',
  'nav.referrals': 'Derivaciones',
  'nav.referralStats': 'Derivaciones en cifras',
  'nav.referralBreakGlass': 'Acceso de emergencia a derivaciones',
  'nav.sync': 'Envíos',
  'nav.myData': 'Mis datos',
  'totp.title': 'Segundo factor de acceso',
  'totp.intro': 'Para ver los casos de derivación necesita un código de su aplicación de verificación (por ejemplo Google Authenticator o FreeOTP) cada vez que ingresa.',
  'totp.start': 'Configurar',
  'totp.scan': 'Escanee este código con su aplicación de verificación.',
  'totp.secret': 'O escriba esta clave:',
  'totp.confirm': 'Confirmar',
  'totp.problem.invalid': 'Ese código no es válido o ya se usó. Escriba el código que muestra su aplicación ahora.',
  'totp.problem.required': 'Escriba el código de 6 dígitos de su aplicación de verificación.',
  'totp.problem.notEnrolled': 'Primero configure su segundo factor (menú «Segundo factor»).',
  'totp.problem.alreadyEnrolled': 'Su segundo factor ya está configurado.',
  'totp.problem.nothingPending': 'No hay un segundo factor esperando confirmación. Empiece de nuevo con «Configurar».',
  'nav.apiDocs': 'Documentación de la API',
  'nav.logout': 'Cerrar sesión',
  'nav.changeUser': 'Cambiar de usuario',
  'nav.help': 'Ayuda',

  'role.admin': 'Administración',
  'role.coordinator': 'Coordinación',
  'role.association_leader': 'Dirigenta de asociación',
  'role.promoter': 'Promotora',
  'role.member': 'Socia',
  'role.analyst': 'Analista',
  'role.partner': 'Institución aliada',
  'role.case_worker': 'Atención de casos',
  'role.health_worker': 'Personal de salud',
  'role.case_supervisor': 'Supervisión de casos',

  'login.title': 'Ingresar',
  'login.intro': 'Plataforma de las mujeres de la minería artesanal del oro.',
  'login.username': 'Usuario',
  'login.password': 'Contraseña',
  'login.submit': 'Ingresar',
  'login.submitting': 'Ingresando…',
  'login.totpCode': 'Código de su aplicación de verificación (6 dígitos)',
  'login.totpRefused': 'Escriba el código de 6 dígitos que muestra su aplicación de verificación ahora.',

  'setup.title': 'Crear la primera cuenta de administración',
  'setup.intro': 'Esta cuenta podrá crear las cuentas de las demás personas.',
  'setup.username': 'Usuario',
  'setup.displayName': 'Nombre para mostrar',
  'setup.password': 'Contraseña (mínimo 10 caracteres)',
  'setup.passwordRepeat': 'Repite la contraseña',
  'setup.passwordMismatch': 'Las contraseñas no coinciden.',
  'setup.submit': 'Crear cuenta',
  'setup.submitting': 'Creando…',
  'setup.missingToken': 'Este enlace no tiene código de instalación. Usa el enlace completo que mostró el servidor al iniciar.',
  'setup.done': 'La instalación ya está hecha. Ingresa con tu usuario.',
  'setup.goToLogin': 'Ir a ingresar',

  'home.greeting': 'Hola, {name}',
  'home.role': 'Tu rol: {role}',
  'home.whereTo': '¿Qué quieres hacer?',

  'places.title': 'Lugares',
  'places.intro': 'Busca departamentos, provincias y distritos del Perú.',
  'places.query': 'Nombre del lugar',
  'places.level': 'Tipo de lugar',
  'places.level.any': 'Todos',
  'places.level.department': 'Departamento',
  'places.level.province': 'Provincia',
  'places.level.district': 'Distrito',
  'places.search': 'Buscar',
  'places.searching': 'Buscando…',
  'places.none': 'No se encontraron lugares.',
  'places.count': '{count} resultados',
  'places.code': 'Código {code}',
  'places.showProvinces': 'Ver provincias',
  'places.showDistricts': 'Ver distritos',
  'places.within': 'Dentro de: {name}',
  'places.clearParent': 'Quitar filtro',

  'users.title': 'Usuarias y usuarios',
  'users.listTitle': 'Cuentas',
  'users.none': 'Todavía no hay cuentas.',
  'users.username': 'Usuario',
  'users.displayName': 'Nombre para mostrar',
  'users.password': 'Contraseña inicial (mínimo 10 caracteres)',
  'users.role': 'Rol',
  'users.organisation': 'Código de organización (opcional)',
  'users.add': 'Agregar cuenta',
  'users.adding': 'Agregando…',
  'users.added': 'Cuenta creada: {name}',
  'users.active': 'Activa',
  'users.disabled': 'Desactivada',
  'users.disable': 'Desactivar',
  'users.disableConfirm': '¿Desactivar la cuenta de {name}? Ya no podrá ingresar.',
  'users.disabledDone': 'Cuenta desactivada: {name}',
  'users.you': '(tú)',

  'form.yes': 'Sí',
  'form.no': 'No',
  'form.notSaid': 'Sin dato',
  'form.required': 'Este dato es obligatorio.',
  'form.change': 'Cambiar',
  'form.typeMore': 'Escribe al menos {min} letras.',
  'form.noMatches': 'No se encontró nada con ese nombre.',
  'form.save': 'Guardar cambios',
  'form.saving': 'Guardando…',

  'error.network': 'No hay conexión con el servidor. Revisa tu señal e inténtalo otra vez.',
  'error.unexpected': 'Ocurrió un error inesperado. Inténtalo otra vez.',
  'error.invalidLogin': 'Usuario o contraseña incorrectos.',
  'error.rateLimited': 'Demasiados intentos. Espera unos minutos y vuelve a intentarlo.',
  'error.forbidden': 'No tienes permiso para hacer esto.',
  'error.sessionExpired': 'Tu sesión terminó. Ingresa otra vez.',
  'error.checkFields': 'Revisa los campos marcados.',
  'error.passwordTooShort': 'La contraseña debe tener al menos {minimum} caracteres.',
  'error.notFound': 'No encontramos lo que buscas. Quizá se borró o el enlace está mal.',
  'error.conflict': 'No se pudo guardar porque choca con lo que ya está registrado.',
  'error.versionConflict': 'Otra persona cambió estos datos mientras los corregías. Vuelve a cargarlos y haz tus cambios otra vez.',
  'error.tooLarge': 'Lo que intentas enviar es demasiado grande.',
  'error.unsupported': 'Ese tipo de archivo no se puede usar aquí.',
  'error.internal': 'Algo falló en el servidor. Inténtalo otra vez más tarde; si sigue pasando, avisa a quien administra Pallay.',

  'problem.missing': 'Falta este dato o no es válido.',
  'problem.invalid': 'Este dato no es válido.',
  'problem.choose': 'Elige una de las opciones.',
  'problem.tooSmall': 'Es menos que el mínimo permitido ({minimum}).',
  'problem.tooBig': 'Es más que el máximo permitido ({maximum}).',
  'problem.username': 'De 3 a 64 caracteres: letras sin tildes, números, punto, guion o guion bajo.',
  'problem.taken': 'Ya está registrado.',
  'problem.passwordIsUsername': 'La contraseña no puede ser igual al usuario.',
  'problem.organisationUnknown': 'Esa organización no está registrada. Elígela de la lista.',
  'problem.personUnknown': 'Esa persona no está registrada. Elígela de la lista.',
  'problem.reference': 'Se refiere a un registro que no existe.',
  'problem.disableSelf': 'No puedes desactivar tu propia cuenta.',
  'problem.setupDone': 'Pallay ya está configurado. Ingresa con tu usuario.',
  'problem.concurrent': 'Otra persona guardaba lo mismo al mismo tiempo. Inténtalo otra vez.',

  'page.notFound': 'Esta página no existe.',
  'page.forbidden': 'Tu rol no tiene acceso a esta página.',
  'page.backHome': 'Volver al inicio',
} satisfies Record<string, string>;

/** Keys of the shell's texts, loaded with the login route. */
export type CoreKey = keyof typeof messages;

/** Every key the web app may translate: the shell's and those of lazily loaded parts. */
export type MessageKey = CoreKey | RegistryKey | ProductionKey | PricesKey | StatementsKey | DashboardKey | TrainingsKey | SavingsKey | PlansKey | ProtectionKey | HelpKey | ServicesKey | ReferralsKey | FieldKey | DeviceKey | ConflictKey | ArcoKey;
