/** The files of dist/ the runner and npm's bin run, each calling one export of src/bundle.ts. */
export const bundleEntries: Record<string, { exportName: string; bin?: boolean }> = {
  'index.js': { exportName: 'runAction' },
  'cli.js': { exportName: 'runCli', bin: true },
  'check-receiver.js': { exportName: 'runCheckReceiverAction' },
  'check-receiver-cli.js': { exportName: 'runCheckReceiverCli', bin: true }
}
