import Link from 'next/link';
import './globals.css';

// Outside any locale (rare: the proxy routes every page path to one). Plain bilingual text.
export default function RootNotFound() {
  return (
    <html lang="zh-CN">
      <body className="grid min-h-dvh place-items-center p-6 text-center">
        <div>
          <h1 className="text-2xl font-bold">页面不存在 · Page not found</h1>
          <p className="mt-2">
            <Link className="text-brand-700 underline" href="/">
              返回首页 · Home
            </Link>
          </p>
        </div>
      </body>
    </html>
  );
}
