package io.github.lympha.format;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;

/**
 * The lines and columns of the tokens of one text, found only when a problem needs one. The tree
 * reader numbers the tokens as the parser returns them and each {@link Node} keeps the numbers of
 * its tokens; asking a parser where each token starts costs an object per token, so a text that is
 * read without problems never asks. The first position asked for parses the text a second time and
 * records where every token starts: the same parser on the same text returns the same tokens in the
 * same order, at the same places the first parse would have reported.
 */
final class Positions {
  private final String text;
  private final TokenStreamFactory factory;

  /** Line and column of token i at [2i] and [2i + 1]; null until a position is asked for. */
  private int @Nullable [] starts;

  private int count;

  Positions(String text, TokenStreamFactory factory) {
    this.text = text;
    this.factory = factory;
  }

  /** The 1-based line where token {@code token} (0 for the first) starts. */
  int line(int token) {
    return at(token, 0);
  }

  /** The 1-based column where token {@code token} (0 for the first) starts. */
  int column(int token) {
    return at(token, 1);
  }

  private int at(int token, int which) {
    int[] s = starts;
    if (s == null) {
      s = scan();
      starts = s;
    }
    return token >= 0 && token < count ? Math.max(1, s[2 * token + which]) : 1;
  }

  private int[] scan() {
    int[] s = new int[64];
    int n = 0;
    try (JsonParser parser = TreeReader.parser(factory, text)) {
      while (parser.nextToken() != null) {
        if (2 * n + 1 >= s.length) {
          s = Arrays.copyOf(s, s.length * 2);
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        s[2 * n] = at.getLineNr();
        s[2 * n + 1] = at.getColumnNr();
        n++;
      }
    } catch (JacksonException e) {
      // The tokens after a syntax error belong to no node: the first parse stopped there too.
    }
    count = n;
    return s;
  }
}
