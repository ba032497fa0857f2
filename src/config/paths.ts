// Tiny path helpers with no node:path, so config discovery also runs in the web extension.
// Both "/" and "\" separate segments; drive letters and UNC prefixes count as absolute.

export function isAbsolutePath(p: string): boolean {
  return p.startsWith("/") || p.startsWith("\\\\") || /^[A-Za-z]:[\\/]/.test(p);
}

function sepOf(p: string): string {
  return p.includes("\\") && !p.includes("/") ? "\\" : "/";
}

/** The directory part of a path ("/a/b/c.md" → "/a/b"; "/a" → "/"; "c.md" → "."). */
export function dirnameOf(p: string): string {
  const trimmed = p.length > 1 ? p.replace(/[\\/]+$/, "") : p;
  const i = Math.max(trimmed.lastIndexOf("/"), trimmed.lastIndexOf("\\"));
  if (i < 0) return ".";
  if (i === 0) return trimmed[0]!;
  if (/^[A-Za-z]:$/.test(trimmed.slice(0, i))) return trimmed.slice(0, i + 1);
  return trimmed.slice(0, i);
}

/** Join a directory and a name with the directory's separator. */
export function joinPath(dir: string, name: string): string {
  if (dir === "" || dir === ".") return name;
  const sep = sepOf(dir);
  return /[\\/]$/.test(dir) ? dir + name : dir + sep + name;
}

/** Resolve `p` against directory `base` when it is relative; normalises "." and ".." segments. */
export function resolvePath(base: string, p: string): string {
  const full = isAbsolutePath(p) ? p : joinPath(base, p);
  const sep = sepOf(full);
  const m = /^([A-Za-z]:[\\/]|\\\\[^\\/]+[\\/][^\\/]+[\\/]?|\/)?(.*)$/.exec(full)!;
  const root = m[1] ?? "";
  const out: string[] = [];
  for (const seg of m[2]!.split(/[\\/]+/)) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length && out[out.length - 1] !== "..") out.pop();
      else if (!root) out.push("..");
      continue;
    }
    out.push(seg);
  }
  const body = out.join(sep);
  return root ? root + body : body || ".";
}
