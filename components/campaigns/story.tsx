import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

/** A campaign story or update: member-written markdown, sanitised (no raw HTML, no scripts). */
export function Story({ source }: { source: string }) {
  return (
    <div className="prose-campaign space-y-3 text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc">
      <ReactMarkdown rehypePlugins={[rehypeSanitize]}>{source}</ReactMarkdown>
    </div>
  );
}
