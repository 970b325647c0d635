/** `pallay user add|list|disable|reset-totp`: manage accounts from the server's shell. */
import { createInterface } from 'node:readline';
import { UserCreateInput } from '../../contracts/accounts.ts';
import { resetTotp } from '../../services/accounts/totp.service.ts';
import { createUser, disableUser, listUsers } from '../../services/accounts/users.service.ts';
import { AppError } from '../../domain/errors.ts';
import { UsageError } from '../errors.ts';
import { CLI_CONTEXT, parseFlags, printJson, printTable, withContext } from '../runtime.ts';

export const USER_USAGE = `pallay user add --role ROLE --username NAME --name "Full Name" [--organisation UUID] [--person UUID] [--password-stdin]
pallay user list [--format json]
pallay user disable USERNAME
pallay user reset-totp USERNAME`;

/** Reads the password from stdin (one line) when piped, or asks for it without echo on a terminal. */
async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) return line;
    throw new UsageError('no password on standard input');
  }
  process.stdout.write('Password (at least 10 characters): ');
  const rl = createInterface({ input: process.stdin, terminal: true });
  (rl as unknown as { _writeToOutput: () => void })._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function addUser(args: string[]): Promise<number> {
  const { values } = parseFlags(args, {
    role: { type: 'string' }, username: { type: 'string' }, name: { type: 'string' },
    organisation: { type: 'string' }, person: { type: 'string' }, 'password-stdin': { type: 'boolean' },
  });
  if (!values.role || !values.username) throw new UsageError('user add needs --role and --username');
  const password = await readPassword(values['password-stdin'] ?? false);
  const parsed = UserCreateInput.safeParse({
    username: values.username, display_name: values.name ?? values.username, password,
    role: values.role, organisation_id: values.organisation ?? null, person_id: values.person ?? null,
  });
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', 'The user is not valid', {
      details: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const user = await withContext('pallay user add', (ctx) => createUser(ctx.services, CLI_CONTEXT, parsed.data));
  process.stdout.write(`Created ${user.role} "${user.username}" (${user.id}).\n`);
  return 0;
}

async function list(args: string[]): Promise<number> {
  const { values } = parseFlags(args, { format: { type: 'string' } });
  const users = await withContext('pallay user list', (ctx) => listUsers(ctx.services, CLI_CONTEXT));
  if (values.format === 'json') printJson(users);
  else printTable(users.map((u) => ({ username: u.username, role: u.role, name: u.display_name, disabled: u.disabled_at ? 'yes' : '' })));
  return 0;
}

async function disable(args: string[]): Promise<number> {
  const username = args[0];
  if (!username) throw new UsageError('user disable needs a USERNAME');
  const user = await withContext('pallay user disable', (ctx) => disableUser(ctx.services, CLI_CONTEXT, { username: username.toLowerCase() }));
  process.stdout.write(`Disabled "${user.username}"; their sessions have ended.\n`);
  return 0;
}

async function resetSecondFactor(args: string[]): Promise<number> {
  const username = args[0];
  if (!username) throw new UsageError('user reset-totp needs a USERNAME');
  await withContext('pallay user reset-totp', (ctx) => resetTotp(ctx.services, CLI_CONTEXT, { username: username.toLowerCase() }));
  process.stdout.write(`Removed the second factor of "${username}"; their sessions have ended. They set it up again at their next sign-in.\n`);
  return 0;
}

export async function userCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') return addUser(rest);
  if (sub === 'list') return list(rest);
  if (sub === 'disable') return disable(rest);
  if (sub === 'reset-totp') return resetSecondFactor(rest);
  throw new UsageError(`unknown user command "${sub ?? ''}"; expected:\n${USER_USAGE}`);
}
