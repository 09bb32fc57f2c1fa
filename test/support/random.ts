/**
 * A deterministic pseudo-random sequence in [0, 1) (a linear congruential generator): the random
 * inputs of a test are the same on every run, so a failure can be replayed from its seed.
 */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}
