// The version of the JSON that `--json` prints (docs/json.md). Object outputs carry it as their
// `version` key; arrays stay plain arrays, versioned by the document. It changes only when a key is
// removed or changes meaning; new keys may appear within a version.
export const JSON_VERSION = 1;
