"use client";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", display: "grid", placeItems: "center", minHeight: "100vh", margin: 0 }}>
        <div style={{ textAlign: "center", maxWidth: 420 }}>
          <h1 style={{ fontSize: 22 }}>Campaign Manager hit an unexpected error</h1>
          <p style={{ color: "#475569" }}>Nothing you did was lost. Try again, and if it keeps happening tell your admin.</p>
          <button onClick={reset} style={{ padding: "8px 16px", borderRadius: 6, border: 0, background: "#3b55e6", color: "white" }}>Try again</button>
        </div>
      </body>
    </html>
  );
}
