// Types for natural's TF-IDF module, imported alone so core does not load all of natural.
declare module 'natural/lib/natural/tfidf/tfidf.js' {
  export default class TfIdf {
    constructor();
    addDocument(document: string[] | Record<string, number>, key?: string): void;
    idf(term: string, force?: boolean): number;
    documents: Record<string, number>[];
  }
}
