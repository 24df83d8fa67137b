// How a spec tells a cited result from everything else a reply can say. Matching the question's own
// words proves nothing: the question is echoed back, and the refusal names the article's topics
// ("cyber sovereignty" among them).

/** A paragraph mark (¶19): in every answer, cite and note result, never in a refusal, notice or echo. */
export const CITED = /¶\d+/;
