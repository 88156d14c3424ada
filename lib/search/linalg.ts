/**
 * The little dense linear algebra LSA needs, on row-major Float64Arrays. Sizes are small
 * (thousands of terms by a few hundred components), so clarity beats BLAS tricks.
 */

export type Matrix = { rows: number; cols: number; data: Float64Array };

export function zeros(rows: number, cols: number): Matrix {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/** Deterministic PRNG (mulberry32) so the randomized SVD gives the same model every build. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function gaussianMatrix(rows: number, cols: number, random: () => number): Matrix {
  const m = zeros(rows, cols);
  for (let i = 0; i < m.data.length; i += 2) {
    // Box-Muller: two normals per pair of uniforms.
    const u = Math.max(random(), 1e-12);
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    m.data[i] = r * Math.cos(2 * Math.PI * v);
    if (i + 1 < m.data.length) m.data[i + 1] = r * Math.sin(2 * Math.PI * v);
  }
  return m;
}

/** C = A^T * B */
export function multiplyTransposed(a: Matrix, b: Matrix): Matrix {
  if (a.rows !== b.rows) throw new Error(`multiplyTransposed: ${a.rows}x${a.cols}^T by ${b.rows}x${b.cols}`);
  const c = zeros(a.cols, b.cols);
  for (let k = 0; k < a.rows; k++) {
    const aRow = k * a.cols;
    const bRow = k * b.cols;
    for (let i = 0; i < a.cols; i++) {
      const aki = a.data[aRow + i]!;
      if (aki === 0) continue;
      const cRow = i * c.cols;
      for (let j = 0; j < b.cols; j++) c.data[cRow + j]! += aki * b.data[bRow + j]!;
    }
  }
  return c;
}

function subtractProjections(cj: Float64Array, columns: Float64Array[], j: number): void {
  for (let p = 0; p < j; p++) {
    const cp = columns[p]!;
    const d = dot(cj, cp);
    for (let i = 0; i < cj.length; i++) cj[i]! -= d * cp[i]!;
  }
}

/**
 * Orthonormalizes the columns in place: modified Gram-Schmidt, repeating a column's projection
 * step only when cancellation lost most of its norm (the DGKS criterion).
 */
export function orthonormalizeColumns(m: Matrix): Matrix {
  const { rows, cols, data } = m;
  // Work on contiguous column copies: strided access over a row-major matrix is much slower.
  const columns = Array.from({ length: cols }, (_, j) => {
    const c = new Float64Array(rows);
    for (let i = 0; i < rows; i++) c[i] = data[i * cols + j]!;
    return c;
  });
  for (let j = 0; j < cols; j++) {
    const cj = columns[j]!;
    const before = Math.sqrt(dot(cj, cj));
    subtractProjections(cj, columns, j);
    let norm = Math.sqrt(dot(cj, cj));
    if (norm < 0.7 * before) {
      subtractProjections(cj, columns, j);
      norm = Math.sqrt(dot(cj, cj));
    }
    // A dependent column becomes zero rather than noise; its singular value will be ~0.
    for (let i = 0; i < rows; i++) cj[i] = norm > 1e-10 * Math.max(before, 1e-300) ? cj[i]! / norm : 0;
  }
  columns.forEach((c, j) => {
    for (let i = 0; i < rows; i++) data[i * cols + j] = c[i]!;
  });
  return m;
}

/**
 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations. Returns eigenvalues in
 * descending order and the matching eigenvectors as columns.
 */
export function symmetricEigen(s: Matrix, maxSweeps = 100): { values: number[]; vectors: Matrix } {
  const n = s.rows;
  const a = Float64Array.from(s.data);
  const v = zeros(n, n);
  for (let i = 0; i < n; i++) v.data[i * n + i] = 1;
  let scale = 0;
  for (let i = 0; i < n * n; i++) scale += a[i]! ** 2;
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off <= 1e-24 * scale) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - sn * akq;
          a[k * n + q] = sn * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - sn * aqk;
          a[q * n + k] = sn * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v.data[k * n + p]!;
          const vkq = v.data[k * n + q]!;
          v.data[k * n + p] = c * vkp - sn * vkq;
          v.data[k * n + q] = sn * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y * n + y]! - a[x * n + x]!);
  const sorted = zeros(n, n);
  order.forEach((src, dst) => {
    for (let k = 0; k < n; k++) sorted.data[k * n + dst] = v.data[k * n + src]!;
  });
  return { values: order.map((i) => a[i * n + i]!), vectors: sorted };
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
  return s;
}

/** Scales to unit length in place; a zero vector stays zero. */
export function normalizeInPlace(v: Float64Array | Float32Array | number[]): typeof v {
  const norm = Math.sqrt(dot(v, v));
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i] = v[i]! / norm;
  return v;
}
