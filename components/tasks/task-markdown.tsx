import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

/** Members' markdown, sanitised (no raw HTML, no script URLs) before it reaches the page. */
export function TaskMarkdown({ source }: { source: string }) {
  return (
    <div className="space-y-3 text-sm leading-relaxed text-slate-700 [&_a]:text-brand-700 [&_a]:underline [&_h1]:text-lg [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <ReactMarkdown rehypePlugins={[rehypeSanitize]}>{source}</ReactMarkdown>
    </div>
  );
}
