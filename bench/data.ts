// npm run bench:data -- --cadres 10000   (re)generates the dataset of that size
import { ensureDataset } from './dataset';

async function main(): Promise<void> {
  const at = process.argv.indexOf('--cadres');
  const cadres = Number(at >= 0 ? process.argv[at + 1] : 1000);
  if (!Number.isInteger(cadres) || cadres < 1) throw new Error('--cadres takes a positive whole number');
  const started = Date.now();
  const dataset = await ensureDataset(cadres, true);
  console.log(`generated ${cadres} cadres in ${new URL(dataset.url).pathname.slice(1)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
