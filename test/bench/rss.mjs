// Loaded with `node --import` by the speed benchmark: prints the process's peak memory (resident
// set, MiB) on stderr as it exits, so memory is read without extra tools.
process.on('exit', () => {
  process.stderr.write(`maxrss_mib=${(process.resourceUsage().maxRSS / 1024).toFixed(0)}\n`);
});
