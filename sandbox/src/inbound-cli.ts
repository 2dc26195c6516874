// Makes an inbound SMS arrive at the running sandbox:
//   npm run sandbox:inbound -- --from 8123382823 --to 8583715117 --text "hi"
import { parseArgs } from 'node:util';

const USAGE =
  'usage: npm run sandbox:inbound -- --from 8123382823 --to 8583715117 --text "hi" [--url http://localhost:4010]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string', default: '8583715117' },
      text: { type: 'string' },
      url: { type: 'string', default: `http://localhost:${process.env.SANDBOX_PORT ?? '4010'}` },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.from || !values.to || values.text === undefined) {
    console.error(USAGE);
    return 2;
  }
  const target = `${values.url.replace(/\/$/, '')}/dev/inbound`;
  let response: Response;
  try {
    response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: values.from, to: values.to, text: values.text }),
    });
  } catch {
    console.error(`Could not reach the sandbox at ${target}. Is it running (npm run sandbox)?`);
    return 1;
  }
  const body = await response.text();
  if (!response.ok) {
    console.error(`The sandbox refused the message (${response.status}): ${body}`);
    return 1;
  }
  console.log(`Delivered: ${values.from} → ${values.to}: ${JSON.stringify(values.text)}`);
  console.log(body);
  return 0;
}

process.exitCode = await main();
