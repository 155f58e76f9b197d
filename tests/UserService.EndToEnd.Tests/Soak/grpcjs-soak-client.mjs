// The grpc-js side of the CreateUsers soak test (SoakTests.cs). Runs `streams` concurrent workers;
// each sends `batches` batches of users, one CreateUsers call per attempt. An attempt is cancelled
// at random (grpc-js then half-closes the stream and resets it); the batch is retried with the SAME
// idempotency-key until the server answers. Prints one JSON object with every batch's outcome.
//
// usage: node grpcjs-soak-client.mjs <host:port> <proto folder> <streams> <batches> <seed>
import crypto from 'node:crypto';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';

const [target, protoFolder, streams, batches, seed] = process.argv.slice(2);
const definition = protoLoader.loadSync('user_service.proto', { includeDirs: [protoFolder] });
const { UserService } = grpc.loadPackageDefinition(definition).user_service;
const client = new UserService(target, grpc.credentials.createInsecure());

let state = Number(seed) >>> 0;
const random = () => {
  // xorshift32: repeatable from the seed the test prints.
  state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
  return state / 4294967296;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function attempt(users, key, cancelAfter) {
  return new Promise((resolve) => {
    const metadata = new grpc.Metadata();
    metadata.set('idempotency-key', key);
    const call = client.CreateUsers(metadata, { deadline: Date.now() + 30_000 }, (error, response) => {
      resolve(error ? { code: grpc.status[error.code], detail: error.details } : { code: 'OK', count: response.createdCount });
    });
    (async () => {
      for (let i = 0; i < users.length; i++) {
        if (i === cancelAfter) {
          call.cancel();
          return;
        }
        call.write(users[i]);
        if (i % 5 === 4) await sleep(1);
      }
      if (cancelAfter === users.length) {
        call.cancel();
        return;
      }
      call.end();
    })();
  });
}

async function worker(stream) {
  const results = [];
  for (let b = 0; b < Number(batches); b++) {
    const size = 1 + Math.floor(random() * 40);
    const prefix = `js-${stream}-${b}-`;
    const users = Array.from({ length: size }, (_, i) => ({ name: `js ${stream} ${b} ${i}`, email: `${prefix}${i}@example.com`, age: i % 100 }));
    const key = crypto.randomUUID();
    const outcome = { prefix, size, attempts: 0, cancelled: 0, statuses: [] };
    for (;;) {
      outcome.attempts++;
      // Half of the first attempts are cancelled part-way (or right after the last write); the last
      // attempt allowed is never cancelled.
      const cancel = outcome.attempts < 4 && random() < 0.5;
      const result = await attempt(users, key, cancel ? Math.floor(random() * (size + 1)) : -1);
      outcome.statuses.push(result.code);
      if (result.code === 'CANCELLED') { outcome.cancelled++; continue; }
      outcome.final = result;
      break;
    }
    results.push(outcome);
  }
  return results;
}

const all = (await Promise.all(Array.from({ length: Number(streams) }, (_, s) => worker(s)))).flat();
client.close();
console.log(JSON.stringify(all));
