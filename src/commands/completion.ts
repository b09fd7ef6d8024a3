// mixer completion bash|zsh|fish: a script that completes mixer's commands, flags, values and the
// ids of the data folder in that shell. Each script asks `mixer __complete` on Tab, so it stays
// right as the folder and mixer change.
import type { Context } from '../context.js';
import { checkChoice } from './flags.js';

const SCRIPTS = {
  bash: `# mixer completion for bash. Load it with: source <(mixer completion bash)
# or keep it: mixer completion bash >> ~/.bashrc
_mixer_completion() {
  local IFS=$'\\n'
  COMPREPLY=($(mixer __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _mixer_completion mixer
`,
  zsh: `#compdef mixer
# mixer completion for zsh. Load it with: source <(mixer completion zsh)
# or keep it as _mixer in a folder of $fpath.
_mixer() {
  local -a candidates
  candidates=("\${(@f)$(mixer __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if (( \${#candidates} )) && [[ -n "\${candidates[1]}" ]]; then
    compadd -- "\${candidates[@]}"
  else
    _files
  fi
}
if [[ "\${funcstack[1]}" == "_mixer" ]]; then
  _mixer "$@"
else
  compdef _mixer mixer
fi
`,
  fish: `# mixer completion for fish. Keep it with:
# mixer completion fish > ~/.config/fish/completions/mixer.fish
function __mixer_complete
    set -l words (commandline -opc)
    set -e words[1]
    mixer __complete -- $words (commandline -ct) 2>/dev/null
end
complete -c mixer -f -a '(__mixer_complete)'
`,
} as const;

export function run(ctx: Context, shell: string, flags: { json?: boolean } = {}): number {
  const name = checkChoice(ctx, '<shell>', shell, 'shell');
  if (flags.json) ctx.json('completion', { shell: name, script: SCRIPTS[name] });
  else ctx.io.stdout(SCRIPTS[name]);
  return 0;
}
