/** Post k (0 = newest) of account `author`. */
export interface VideoRef {
  readonly author: number;
  readonly k: number;
}
