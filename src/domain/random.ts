// Seeded pseudo-random numbers for the Monte Carlo intervals, the same on every platform.
//
// A stream is seeded from a seed and a key by integer hashing (cyrb53, splitmix32) and run by xoshiro128**
// (Blackman & Vigna, 2018), all in 32-bit integer arithmetic (Math.imul, shifts), exact on every platform.
// Normals come from Marsaglia's polar method, which needs only + − × ÷, Math.sqrt (correctly rounded by
// IEEE 754) and Math.log. ECMAScript does not pin log (nor the exp of the lognormal draws) to the last
// bit, but V8 (Node, Chrome) and SpiderMonkey (Firefox) both use fdlibm-derived versions, so the same seed
// gives bit-identical results in Node and in these browsers on every OS and CPU.

/** splitmix32 finaliser (hash-prospector constants): a well-mixed 32-bit word from any 32-bit word. */
function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return (x ^ (x >>> 15)) >>> 0;
}

/** cyrb53's two 32-bit halves of a string under a seed (bryc, public domain). */
function hashKey(key: string, seed: number): [number, number] {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

/** xoshiro128** with a Marsaglia polar normal sampler; one stream per (seed, key). */
export class RandomStream {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number, key = '') {
    const [h1, h2] = hashKey(key, seed >>> 0);
    this.s0 = mix32(h1);
    this.s1 = mix32(h2);
    this.s2 = mix32(h1 ^ 0x7f4a7c15);
    this.s3 = mix32(h2 ^ 0x85ebca6b);
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the one state xoshiro cannot leave
  }

  /** A stream from an explicit xoshiro128** state (not all zero): for checking against reference outputs. */
  static fromState(s0: number, s1: number, s2: number, s3: number): RandomStream {
    const stream = new RandomStream(0);
    stream.s0 = s0 | 0;
    stream.s1 = s1 | 0;
    stream.s2 = s2 | 0;
    stream.s3 = s3 | 0;
    return stream;
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const mul5 = Math.imul(s1, 5);
    const result = Math.imul((mul5 << 7) | (mul5 >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result >>> 0;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  nextFloat(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * TWO_POW_26 + lo) / TWO_POW_53;
  }

  /** A standard normal draw (Marsaglia polar method: two normals per accepted pair). */
  nextNormal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let v1: number;
    let v2: number;
    let s: number;
    do {
      v1 = 2 * this.nextFloat() - 1;
      v2 = 2 * this.nextFloat() - 1;
      s = v1 * v1 + v2 * v2;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v2 * m;
    this.hasSpare = true;
    return v1 * m;
  }
}
