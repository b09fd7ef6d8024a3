// The GitHub workflow of a team's data repository: on every pull request and push to main, install
// the mixer that package.json names (npm ci, no secret, no setting) and check the data with it.

/**
 * Actions pinned by full commit, the release in a comment: a tag can be moved, a commit cannot.
 * Read from the actions' own repositories (the commit each release tag points to).
 */
export const ACTIONS = {
  checkout: { uses: 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1', version: 'v7.0.1' },
  setupNode: { uses: 'actions/setup-node@820762786026740c76f36085b0efc47a31fe5020', version: 'v7.0.0' },
} as const;

/** The Node.js the checks run on: an LTS line (20 reached its end of life in April 2026). */
const WORKFLOW_NODE = 24;

// `npx --no`: run the mixer that `npm ci` installed, and never fetch a package of that name from the
// registry (in CI npx would otherwise install whatever is published as `mixer`). The review runs
// whenever mixer is installed, failed validation or not: a failing pull request needs it most.
export const WORKFLOW = `# Checks every pull request to this data repository with the mixer that package.json names.
name: mixer
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: ${ACTIONS.checkout.uses} # ${ACTIONS.checkout.version}
        with:
          fetch-depth: 0
          persist-credentials: false
      - uses: ${ACTIONS.setupNode.uses} # ${ACTIONS.setupNode.version}
        with:
          node-version: ${WORKFLOW_NODE}
          cache: npm
      - name: install mixer
        id: install
        run: npm ci
      - name: mixer validate
        run: npx --no mixer validate
      - name: mixer fmt --check
        if: \${{ !cancelled() && steps.install.outcome == 'success' }}
        run: npx --no mixer fmt --check
      - name: mixer review
        if: \${{ !cancelled() && steps.install.outcome == 'success' && github.event_name == 'pull_request' }}
        env:
          BASE_REF: \${{ github.base_ref }}
        run: npx --no mixer review --base "origin/$BASE_REF" >> "$GITHUB_STEP_SUMMARY"
`;
