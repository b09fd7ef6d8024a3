// The JSON contract: what every command prints with `--json`, as zod schemas. The commands' code
// is typed by them (Context.json), a test validates real outputs against them, and docs/json.md
// is generated from them (scripts/docs.mjs). One key casing, camelCase; a record's own fields keep
// the data format's names (docs/format.md). Only the test and the docs load this module at run time.
import * as z from 'zod';
import { ALL_STATUSES, KIND_FOLDERS, OUTCOME_KINDS, STAGES } from '../records/enums.js';
import { KIND_SCHEMAS } from '../records/schemas.js';
import { JSON_VERSION } from './json-version.js';

const d = (description: string) => ({ description });

const version = z.literal(JSON_VERSION).meta(d('The version of this JSON (docs/json.md)'));
const id = z.string().meta(d('A record id'));
const kind = z.enum(KIND_FOLDERS).meta(d("A record's kind (its folder)"));
const file = z.string().meta(d('A file, relative to the data folder, with forward slashes'));
const date = z.string().meta(d('A day, YYYY-MM-DD'));

/** One record as the data format defines it (docs/format.md), its keys as written in its file. */
const record = z
  .union(KIND_FOLDERS.map((k) => KIND_SCHEMAS[k]) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]])
  .meta({ id: 'record', description: 'A record, as docs/format.md defines it (keys as in its file)' });

const problem = z
  .strictObject({
    file,
    line: z.int().min(1).meta(d('Line, from 1')),
    col: z.int().min(1).meta(d('Column, from 1')),
    field: z.string().meta(d("The field's path in the record (`history[0].date`), '' for the whole file")),
    message: z.string().meta(d("What is wrong, in the folder's language")),
    hint: z.string().optional().meta(d('What to do about it')),
    code: z
      .string()
      .meta(d('A stable identifier of the kind of problem (`schema.date`, `problem.dangling`…)')),
  })
  .meta({ id: 'problem', description: 'A problem of the data folder' });

const parts = z
  .strictObject({
    concept: z.number().meta(d('Concept evidence, 0–1')),
    words: z.number().meta(d('Word evidence (shared words, variants, synonyms), 0–1')),
    differs: z
      .number()
      .meta(
        d(
          '1, or the factor by which a difference lowers it: another member of a family, a strength that serves another area only, a helper elsewhere than the need asks, a place one goes to (a venue) in another prefecture, or a strength that takes fewer people than the need brings',
        ),
      ),
    history: z.number().meta(d("The factor from the folder's own outcomes")),
    mutual: z.number().meta(d("How well the need's owner can help the helper in turn, 0–1")),
    crossSpace: z.boolean().meta(d('The two are in different spaces')),
  })
  .meta(d('The parts of the score'));

const concept = z
  .strictObject({
    id: z.string().meta(d("The concept's id in the glossary (`logo`, `translation`)")),
    ja: z.string().meta(d('Its Japanese label')),
    en: z.string().meta(d('Its English label')),
    proper: z
      .boolean()
      .meta(
        d(
          'Its English label begins with a proper noun (English, Hokkaido): capitalised inside a sentence too',
        ),
      ),
  })
  .meta({ id: 'concept', description: 'A glossary concept and its labels' });

/** One reason as data (src/util/reason.ts), told apart by `kind`. */
/** Set when `strength` holds the helper's name, which said its trade, not one of its strengths. */
const fromName = z
  .literal('name')
  .optional()
  .meta(d("Present when `strength` is the helper's name (「佐藤写真館」), not one of its strengths"));

const reason = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('concept'),
      relation: z.enum(['same', 'solves', 'solves-broader', 'narrower', 'broader', 'sibling']),
      needWords: z.string(),
      helperWords: z.string(),
      strength: z.string(),
      from: fromName,
      needConcept: concept,
      helperConcept: concept,
    }),
    z.strictObject({
      kind: z.literal('words'),
      words: z.array(
        z.strictObject({ need: z.string(), helper: z.string(), via: z.enum(['same', 'variant', 'synonym']) }),
      ),
      strength: z.string(),
      from: fromName,
    }),
    z.strictObject({
      kind: z.literal('differs'),
      family: concept,
      need: concept,
      helper: concept,
      needWords: z.string(),
      helperWords: z.string(),
    }),
    z.strictObject({
      kind: z.literal('out-of-area'),
      limit: z.string().meta(d('The area the strength serves, as written (「札幌市内のみ」)')),
      needArea: z
        .string()
        .meta(d('Where the need is: the place its text names, else its owner’s space area')),
    }),
    z.strictObject({
      kind: z.literal('elsewhere'),
      needArea: z.string().meta(d('Where the need asks its helper to be, as written (「宮城県内」)')),
      helperArea: z.string().meta(d("Where the helper is: its spaces' areas")),
    }),
    z.strictObject({
      kind: z.literal('far-away'),
      concept,
      needArea: z.string().meta(d('Where the need is: its owner’s space area (「宮城県仙台市」)')),
      helperArea: z.string().meta(d("Where the helper is: its spaces' areas")),
    }),
    z.strictObject({
      kind: z.literal('too-small'),
      needWords: z.string().meta(d('How many people the need brings, as written (「100人くらい」)')),
      helperWords: z.string().meta(d('The most people the strength takes, as written (「50人まで」)')),
    }),
    z.strictObject({
      kind: z.literal('unanswered'),
      concept,
      needWords: z
        .string()
        .meta(d('The words of the need that name its main concept, which no helper answers (「手話」)')),
    }),
    z.strictObject({
      kind: z.literal('misses-asked'),
      concept,
      needWords: z
        .string()
        .meta(
          d(
            'The words of the need that say what it looks for, which this helper does not name (「ドイツ語」)',
          ),
        ),
    }),
    z.strictObject({ kind: z.literal('history'), concept, successes: z.int(), failures: z.int() }),
    z.strictObject({
      kind: z.literal('mutual'),
      owner: z.string().meta(d("The owner's name")),
      ownerStrength: z.string(),
      helper: z.string().meta(d("The helper's name")),
      helperNeed: z.string(),
    }),
    z.strictObject({
      kind: z.literal('cross-space'),
      ownerSpace: z.string().meta(d("The owner's space, by name")),
      helperSpace: z.string().meta(d("The helper's space, by name")),
    }),
  ])
  .meta({
    id: 'reason',
    description:
      'A reason as data, by kind: concept (the need and the strength name related concepts), words (shared words; in both, `from: "name"` when the words quoted are the helper’s name, 「佐藤写真館」, not a strength), differs (another member of a family), out-of-area (the strength serves another area only), elsewhere (the need asks for a helper in a place the helper is not in), far-away (the need asks for a place one goes to, a venue, and the helper is in another prefecture), too-small (the strength takes fewer people than the need brings), unanswered (no helper of the folder answers the need’s main concept: this one answers the rest), misses-asked (the need says it looks for a member of a family, German, that others offer and this helper does not name), history (the folder’s outcomes), mutual, cross-space',
  });

const suggestion = z
  .strictObject({
    need: id.meta(d('The need')),
    owner: id.meta(d("The need's owner (a member or space)")),
    helper: id.meta(d('The party who can help (a member or space)')),
    score: z.number().min(0).max(1).meta(d('How good the pairing is, 0–1')),
    reasons: z.array(z.string()).meta(d("Why, in sentences in the folder's language")),
    evidence: z.array(reason).meta(d('The same reasons as data, in the same order')),
    parts,
    strength: z
      .string()
      .optional()
      .meta(d("The helper's strength that answers the need best (none when only its name does)")),
  })
  .meta({ id: 'suggestion', description: 'A strength–need pairing' });

/** The shapes several outputs share, documented once (docs/json.md). */
export const SHARED = { problem, suggestion, reason, concept, record };

/** The outputs of `add-visit`, `add-space`, `add-member`, `add-need`, `add-mixer`, `propose`, `status`. */
const written = z
  .strictObject({
    version,
    files: z.array(file).meta(d('The files written (created or edited)')),
    commit: z.string().nullable().meta(d('The commit message, when --commit committed them')),
  })
  .meta(d('What was written'));

const counted = (what: string) => z.int().min(0).meta(d(what));

const visitsBy = z
  .array(
    z.strictObject({
      id,
      name: z.string().meta(d('Its name')),
      visits: counted('Visits'),
      cost: z.number().meta(d("Their cost, in the folder's currency")),
    }),
  )
  .meta(d('Visits grouped'));

export const CONTRACT = {
  validate: z.array(problem).meta(d('Every problem of the data folder, sorted by file and position')),
  list: z
    .array(
      z.strictObject({
        id,
        kind,
        file,
        status: z.enum(ALL_STATUSES).optional().meta(d("A proposal's current status")),
        data: record,
      }),
    )
    .meta(d('The records of one kind, sorted by id (visits: newest first)')),
  show: z
    .strictObject({
      version,
      id,
      kind,
      file,
      data: record,
      referredBy: z
        .array(z.strictObject({ kind, id, field: z.string().meta(d('The field that refers')) }))
        .meta(d('The records that refer to this one')),
    })
    .meta(d('One record and what refers to it')),
  suggest: z.array(suggestion).meta(d('Pairings, best first')),
  unmatched: z
    .array(
      z.strictObject({
        space: id.nullable().meta(d('The space, or null for owners in no space')),
        needs: z
          .array(z.strictObject({ id, owner: id, title: z.string().meta(d("The need's title")) }))
          .meta(d('Its open needs that nobody can help yet')),
      }),
    )
    .meta(d('Open needs with no candidate, by space')),
  due: z
    .array(
      z.strictObject({
        type: z
          .enum(['visit', 'proposal', 'outcome', 'close'])
          .meta(
            d(
              'A space to visit, a proposal waiting, an outcome missing, or an open proposal to close because a party is marked do_not_contact or its need is no longer open',
            ),
          ),
        id: id.meta(d('The space or proposal')),
        late: z
          .int()
          .nullable()
          .meta(
            d(
              'Days late; null for a space never visited; 0 for a proposal to close (not late: it must not go on)',
            ),
          ),
        text: z.string().meta(d("What is due, in the folder's language")),
        command: z
          .string()
          .optional()
          .meta(d('The mixer command that records it done, when there is one (also at the end of `text`)')),
        mixers: z.array(z.string()).meta(d('Who covers it, by name')),
        mixerIds: z.array(id).meta(d('Who covers it, by id (the same order)')),
      }),
    )
    .meta(d('What is late, most late first; proposals to close before all')),
  brief: z
    .strictObject({
      version,
      space: id,
      visits: z
        .array(
          z.strictObject({ id, date, mixer: id, notes: z.string().nullable().meta(d("The visit's notes")) }),
        )
        .meta(d('The last visits, newest first')),
      needs: z
        .array(
          z.strictObject({
            id,
            owner: id,
            title: z.string().meta(d("The need's title")),
            since: date.nullable().meta(d('When it was heard')),
          }),
        )
        .meta(d('Open needs of the space and its members, oldest first')),
      proposals: z
        .array(
          z.strictObject({
            id,
            status: z.enum(ALL_STATUSES).meta(d('Its current status')),
            barredBy: id
              .nullable()
              .meta(
                d(
                  'The side marked do_not_contact that it could go on only by writing to (close it), or null',
                ),
              ),
          }),
        )
        .meta(d('Proposals under way that involve it')),
      questions: z.array(id).meta(d('Needs nobody can help yet: to ask about')),
      pairings: z.array(suggestion).meta(d('Pairings across the border of the space')),
    })
    .meta(d('What to bring to the next visit of a space')),
  report: z
    .strictObject({
      version,
      since: date.nullable().meta(d('The first day of the period (--since), or null')),
      until: date.nullable().meta(d('The last day of the period (--until), or null')),
      end: date.meta(d('The last day counted: --until, or today')),
      datedLater: counted('Records holding a date after today, which no count reaches (--until not given)'),
      currency: z.string().meta(d("The folder's currency")),
      visits: z
        .strictObject({
          byMixer: visitsBy,
          bySpace: visitsBy,
          total: counted('Visits'),
          cost: z.number().meta(d("Their cost, in the folder's currency")),
        })
        .meta(d('Visits in the period')),
      learned: z
        .strictObject({
          needs: counted(
            'Needs heard (those not made public, or of members not made public, only with at least 2 public owners)',
          ),
          membersMet: counted('Members met (those not made public only with at least 2 public ones)'),
          strengths: counted(
            'Strengths of the members counted in membersMet (those not made public only with at least 2 public members)',
          ),
        })
        .meta(d('What the visits brought')),
      proposals: z
        .strictObject({
          total: counted('Proposals'),
          funnel: z
            .array(
              z.strictObject({
                status: z.enum(STAGES).meta(d('A stage (the same in old and new histories)')),
                count: counted(
                  'Proposals that reached it or got past it (deal: a deal, or a collaboration closed)',
                ),
                conversion: z.string().meta(d("Share that reached the next status ('' for the last)")),
              }),
            )
            .meta(d('How far the proposals got')),
          declined: counted('Declined by a side (closed after it or not)'),
          closed: counted('Closed without a side declining, and with no deal or collaboration'),
          acrossSpaces: counted('Proposals across spaces'),
          notDrawn: counted(
            'Proposals across spaces with a member not made public: counted, but not drawn in the graph',
          ),
        })
        .meta(d('Proposals made in the period')),
      deals: z
        .array(
          z.strictObject({
            id: id.nullable().meta(d("The proposal's id, or null when it would name a private party")),
            need: z.string().nullable().meta(d("The need's title, or null when it is not public")),
            helper: z.string().nullable().meta(d("The helper's name, or null when it is not public")),
            kind: z.enum(OUTCOME_KINDS).meta(d('What came of it')),
            value: z.number().nullable().meta(d("Its value, in the folder's currency, or null")),
          }),
        )
        .meta(d('Proposals that ended in a deal or collaboration')),
      dealValue: z.number().meta(d("The deals' value, in the folder's currency")),
      mermaid: z.string().meta(d('The graph of proposals, in Mermaid')),
    })
    .meta(d('The results of a period')),
  review: z
    .strictObject({
      version,
      base: z.string().meta(d('The base compared with')),
      mergeBase: z.string().meta(d('The commit the changes are counted from')),
      counts: z
        .strictObject({ added: counted('Added'), changed: counted('Changed'), removed: counted('Removed') })
        .meta(d('Records added, changed and removed')),
      changes: z
        .array(
          z.strictObject({
            kind,
            id,
            file,
            change: z.enum(['added', 'changed', 'removed']).meta(d('What happened to the record')),
            lines: z.array(z.string()).meta(d('The change, field by field, in words')),
          }),
        )
        .meta(d('The records changed')),
      problems: z.array(problem).meta(d('Problems in the changed files')),
      pairings: z
        .array(
          z.strictObject({
            for: z.string().meta(d('The new need or strength, in words')),
            suggestions: z.array(suggestion).meta(d('The best pairings it makes possible')),
          }),
        )
        .meta(d('Pairings the change makes possible')),
      proposals: z
        .array(
          z.strictObject({
            id,
            from: z.string().meta(d('Its status at the base')),
            to: z.string().meta(d('Its status now')),
          }),
        )
        .meta(d('Proposals that moved')),
    })
    .meta(d("A pull request's changes, for review")),
  fmt: z
    .strictObject({
      version,
      differ: z.array(file).meta(d('Files not in canonical form')),
      written: z.array(file).meta(d('Files rewritten (none with --check)')),
      unreadable: z
        .array(file)
        .meta(d('Files left as they are: not readable as records (validate says why)')),
      links: z
        .array(
          z.strictObject({
            file: file.meta(d('The link')),
            target: file.meta(d('The file of the folder it leads to')),
          }),
        )
        .meta(
          d(
            'Links to a file of the folder, never rewritten: their target is formatted as itself, or, when fmt does not format it, checked through the link (in differ when not formatted)',
          ),
        ),
    })
    .meta(d('Files in canonical form, or not')),
  init: z
    .strictObject({
      version,
      dir: z.string().meta(d('The data repository, an absolute path')),
      files: z.array(file).meta(d('The files written')),
      gitInit: z.boolean().meta(d('Whether git init ran (false inside a repository)')),
      package: z.string().meta(d('Where package.json installs mixer from')),
    })
    .meta(d('A new data repository')),
  schema: z
    .strictObject({
      version,
      schemas: z
        .array(
          z.strictObject({
            name: z.string().meta(d('The kind (singular), settings or glossary')),
            file: z.string().meta(d('The file name, e.g. member.schema.json')),
            glob: z.string().meta(d('The files it describes')),
            schema: z.record(z.string(), z.unknown()).meta(d('The JSON Schema (draft 7)')),
          }),
        )
        .meta(d('One per kind, then mixer.yaml and glossary.yaml')),
    })
    .meta(d('The JSON Schemas of the data format')),
  written,
  forget: written
    .extend({
      removed: z.array(file).meta(d('The files removed (`files` holds the ones written)')),
      mentions: z
        .array(z.string())
        .meta(d('Places (file:line) whose free text still names the member: for a person to edit')),
      purge: z
        .strictObject({
          files: z.array(file).meta(d('Files to remove from the git history')),
          filterRepo: z.array(z.string()).meta(d('Shell commands that purge them with git filter-repo')),
          bfg: z.array(z.string()).meta(d('The same with BFG Repo-Cleaner')),
        })
        .meta(d('How to purge the member from the git history too')),
    })
    .meta(d('What forget removed, and what is left to do')),
  completion: z
    .strictObject({
      version,
      shell: z.enum(['bash', 'zsh', 'fish']).meta(d('The shell')),
      script: z.string().meta(d('The completion script, as the command prints it without --json')),
    })
    .meta(d('A shell completion script')),
} as const;

/** The shapes by name; each command prints one of them (COMMAND_OUTPUTS). */
export type JsonShape = keyof typeof CONTRACT;

/** Which shape each command prints with --json. */
export const COMMAND_OUTPUTS: Record<string, JsonShape> = {
  validate: 'validate',
  list: 'list',
  show: 'show',
  suggest: 'suggest',
  unmatched: 'unmatched',
  'add-visit': 'written',
  'add-space': 'written',
  'add-member': 'written',
  'add-need': 'written',
  'add-mixer': 'written',
  fmt: 'fmt',
  propose: 'written',
  status: 'written',
  forget: 'forget',
  init: 'init',
  schema: 'schema',
  review: 'review',
  due: 'due',
  brief: 'brief',
  report: 'report',
  completion: 'completion',
};

/** What a command passes to Context.json: its output without the version (added there). */
export type JsonOutput<K extends JsonShape> =
  z.input<(typeof CONTRACT)[K]> extends infer T
    ? T extends readonly unknown[]
      ? T
      : Omit<T, 'version'>
    : never;

/** An error with `--json`: one object on stderr. */
export const ERROR = z
  .strictObject({
    version,
    code: z
      .string()
      .meta(
        d(
          'A stable identifier: the message key of what went wrong (`unknown.need`, `data.missing`), ' +
            '`usage.` and what the command line broke (`usage.unknown-option`), `unexpected` for a fault ' +
            'of mixer, else `usage` or `failed`',
        ),
      ),
    message: z.string().meta(d('What went wrong, in the language of the command')),
    hint: z.string().optional().meta(d('What to do next')),
    problems: z.array(problem).optional().meta(d('The problems behind it, when there are any')),
    notes: z.array(z.string()).optional().meta(d('What the command said on stderr before it failed')),
  })
  .meta(d('An error'));
