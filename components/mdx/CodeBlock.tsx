import type { ComponentProps } from 'react';
import { CopyButton } from './CopyButton';

const LANGUAGE_NAMES: Record<string, string> = {
  ts: 'TypeScript',
  tsx: 'TSX',
  typescript: 'TypeScript',
  js: 'JavaScript',
  jsx: 'JSX',
  javascript: 'JavaScript',
  py: 'Python',
  python: 'Python',
  bash: 'Bash',
  sh: 'Shell',
  shell: 'Shell',
  zsh: 'Shell',
  json: 'JSON',
  yaml: 'YAML',
  yml: 'YAML',
  css: 'CSS',
  html: 'HTML',
  sql: 'SQL',
  go: 'Go',
  rust: 'Rust',
  java: 'Java',
  c: 'C',
  cpp: 'C++',
  csharp: 'C#',
  cs: 'C#',
  diff: 'Diff',
  md: 'Markdown',
  mdx: 'MDX',
  toml: 'TOML',
  dockerfile: 'Dockerfile',
  plaintext: '',
  text: '',
  txt: '',
};

/** A highlighted code block (from rehype-pretty-code): always LTR, with a language label and a copy button. */
export function CodeBlock(props: ComponentProps<'pre'> & { 'data-language'?: string }) {
  const language = props['data-language'] ?? '';
  const label = LANGUAGE_NAMES[language] ?? language;
  return (
    <div data-code-block="" dir="ltr" className="code-block not-prose">
      <div className="code-toolbar">
        <span className="code-language">{label}</span>
        <CopyButton />
      </div>
      <pre {...props} dir="ltr" tabIndex={0} />
    </div>
  );
}
