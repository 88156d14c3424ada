import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Legwise — answers from the leg health articles', template: '%s · Legwise' },
  description: 'Ask about leg weakness, leg pain and vitamin or mineral deficiencies. Answers come only from a small set of articles, with their sources.',
  referrer: 'strict-origin-when-cross-origin',
  // Inline so no favicon request 404s; data: images are allowed by the CSP.
  icons: {
    icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Ccircle cx='16' cy='16' r='11' fill='%230f6b5c'/%3E%3C/svg%3E",
  },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f7f7f5' },
    { media: '(prefers-color-scheme: dark)', color: '#141514' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The CSP nonce is per request (proxy.ts): every page must render per request so Next can
  // read it from the request's Content-Security-Policy header and stamp its own scripts.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh bg-bg text-fg antialiased">
        <a href="#main" className="sr-only z-50 rounded-lg bg-accent px-3 py-2 text-accent-contrast focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
