/** What retrieval and import need of an embedding model; `model` is stored with each vector. */
export interface Embedder {
  readonly model: string;
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}
