package io.github.lympha.format;

import io.github.lympha.format.Node.Kind;
import io.github.lympha.format.Node.Position;
import java.io.Reader;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * Parses JSON or YAML text into a {@link Node} tree, recording the line and column of every value
 * and member name. It reports, with their positions: malformed text, an empty document, repeated
 * member names, nesting deeper than the limit, YAML aliases and unknown tags, text that is not
 * valid Unicode, and anything after the document. It walks the parser's tokens with an explicit
 * stack, so the depth of the input never deepens the Java stack.
 */
final class TreeReader {
  /** The deepest nesting a caller may allow; Jackson's own guard sits just above it. */
  static final int MAX_DEPTH_LIMIT = 1000;

  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
  private static final Pattern JACKSON_SOURCE =
      Pattern.compile("\\s*\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  private static final Pattern JACKSON_START_MARKER =
      Pattern.compile("\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)");
  // "(for Object starting at [Source: …; line: 3, column: 5])", or with a byte offset only.
  private static final Pattern JACKSON_STARTING_AT =
      Pattern.compile(
          "\\s*\\(for (Object|Array) starting at \\[Source: [^\\]]*?; line: (\\d+), column:"
              + " (\\d+)\\]\\)");
  // Whatever else names Jackson's source: it is never the user's file name, only noise.
  private static final Pattern JACKSON_ANY_SOURCE =
      Pattern.compile("\\s*\\((?:[A-Za-z ]+)\\[Source: [^\\]]*\\]\\)|\\s*\\[Source: [^\\]]*\\]");

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH_LIMIT + 1).build();

  // Repeated names are found and reported, all of them, while building the tree.
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          // A hostile file's many distinct names should not churn a shared symbol table.
          .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
          .build();

  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
          .disable(YAMLReadFeature.PARSE_OCTAL_NUMBERS)
          // The input is already limited in bytes; SnakeYAML's own limit must not undercut it.
          // Duplicate keys are "allowed" here only because the tree reader reports them all.
          .loadSettings(
              LoadSettings.builder()
                  .setCodePointLimit(Integer.MAX_VALUE)
                  .setAllowDuplicateKeys(true)
                  .setMaxAliasesForCollections(0)
                  .setAllowRecursiveKeys(false)
                  .build())
          .build();

  private final Syntax syntax;
  private final int maxDepth;
  private final Problems problems;

  /** The text being read, to find the anchors the YAML parser does not report on scalars. */
  private String text = "";

  /** YAML aliases: the first is reported, with how many there are. */
  private @Nullable Node firstAlias;

  private String firstAliasName = "";
  private int aliases;

  private TreeReader(Syntax syntax, int maxDepth, Problems problems) {
    this.syntax = syntax;
    this.maxDepth = maxDepth;
    this.problems = problems;
  }

  /**
   * The document's tree, or empty when the text could not be parsed to its end (the problems say
   * why). A tree may come with problems too (e.g. a repeated name); the caller decides.
   */
  static Optional<Node> read(String text, Syntax syntax, int maxDepth, Problems problems) {
    return new TreeReader(syntax, maxDepth, problems).read(text);
  }

  private TokenStreamFactory factory() {
    return syntax == Syntax.JSON ? JSON : YAML;
  }

  /** A parser over the text; YAML is fed in {@link ShortReads} (see there why). */
  static JsonParser parser(TokenStreamFactory factory, String text) {
    return factory instanceof YAMLFactory
        ? factory.createParser(ObjectReadContext.empty(), new ShortReads(text))
        : factory.createParser(ObjectReadContext.empty(), text);
  }

  private Optional<Node> read(String text) {
    this.text = text;
    try (JsonParser parser = parser(factory(), text)) {
      try {
        return walk(parser, new Positions(text, factory()));
      } catch (JacksonException e) {
        reportSyntaxError(parser, e);
        return Optional.empty();
      } finally {
        reportAliases();
      }
    }
  }

  /**
   * Reports YAML aliases: Lympha files hold each value once, so an alias would be a second
   * reference that the model cannot hold. Refusing them (rather than expanding them) also makes a
   * "billion laughs" file cost nothing. Anchors alone change no value and are ignored.
   */
  private void reportAliases() {
    if (firstAlias != null) {
      problems.at(
          firstAlias,
          "YAML aliases (*"
              + firstAliasName
              + ") are not supported in Lympha files"
              + (aliases > 1 ? " (this file has " + aliases + " of them)" : "")
              + "; write the value out in full");
    }
  }

  private Optional<Node> walk(JsonParser parser, Positions positions) {
    JsonToken token = parser.nextToken();
    if (token == null) {
      problems.add("", 1, 1, "the file is empty; expected " + expectedDocument());
      return Optional.empty();
    }
    // Tokens are numbered as they come; a node keeps its numbers, and Positions finds the line
    // and column of a number only when a problem is reported.
    int number = 0;
    Deque<Node> open = new ArrayDeque<>();
    @Nullable Node root = null;
    String name = "";
    int nameNumber = 0;
    @Nullable String nameAnchor = null;
    while (token != null) {
      if (token == JsonToken.PROPERTY_NAME) {
        name = parser.currentName();
        nameNumber = number;
        nameAnchor = syntax == Syntax.YAML ? anchorBefore(parser) : null;
        token = parser.nextToken();
        number++;
        continue;
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        open.pop();
        if (open.isEmpty()) {
          break;
        }
        token = parser.nextToken();
        number++;
        continue;
      }
      @Nullable Node parent = open.peek();
      boolean member = parent instanceof Node.Obj;
      @Nullable String key = member ? name : null;
      int index = parent instanceof Node.Arr ? ((Node.Arr) parent).size() : -1;
      Node node =
          node(parser, token, parent, key, index, positions, number, member ? nameNumber : number);
      if (parent == null) {
        root = node;
      } else if (parent instanceof Node.Obj) {
        attach((Node.Obj) parent, name, node);
        if (nameAnchor != null) {
          problems.atName(node, anchorMessage(nameAnchor));
          nameAnchor = null;
        }
      } else {
        ((Node.Arr) parent).add(node);
      }
      if (node instanceof Node.Obj || node instanceof Node.Arr) {
        if (open.size() + 1 > maxDepth) {
          problems.at(node, tooDeep());
          return Optional.empty();
        }
        open.push(node);
      }
      if (open.isEmpty()) {
        break;
      }
      token = parser.nextToken();
      number++;
    }
    JsonToken extra = parser.nextToken();
    if (extra != null) {
      Position at = position(parser.currentTokenLocation());
      problems.add(
          "",
          at.line,
          at.column,
          syntax == Syntax.JSON
              ? "unexpected content after the end of the document; a file holds one JSON object"
              : "a second YAML document (after ---); a file holds one document");
    }
    return Optional.ofNullable(root);
  }

  private void attach(Node.Obj parent, String name, Node node) {
    if (!parent.add(name, node)) {
      Node first = parent.get(name);
      String where =
          first == null
              ? ""
              : " (first at line " + first.nameLine() + ", column " + first.nameColumn() + ")";
      problems.atName(node, "duplicate field \"" + name + "\"" + where + "; keep only one");
    }
    checkUnicode(name, node, true);
  }

  private Node node(
      JsonParser parser,
      JsonToken token,
      @Nullable Node parent,
      @Nullable String key,
      int index,
      Positions at,
      int number,
      int nameNumber) {
    Node node;
    switch (token) {
      case START_OBJECT:
        node = new Node.Obj(parent, key, index, at, number, nameNumber);
        break;
      case START_ARRAY:
        node = new Node.Arr(parent, key, index, at, number, nameNumber);
        break;
      case VALUE_STRING:
        String text = parser.getString();
        node = Node.Scalar.of(parent, key, index, at, number, nameNumber, Kind.STRING, text);
        checkUnicode(text, node, false);
        break;
      case VALUE_NUMBER_INT:
        node = integer(parser, parent, key, index, at, number, nameNumber);
        break;
      case VALUE_NUMBER_FLOAT:
        node =
            Node.Scalar.decimal(
                parent,
                key,
                index,
                at,
                number,
                nameNumber,
                parser.getString(),
                parser.getDoubleValue());
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
        node =
            Node.Scalar.of(
                parent, key, index, at, number, nameNumber, Kind.BOOLEAN, parser.getString());
        break;
      case VALUE_NULL:
        node = Node.Scalar.of(parent, key, index, at, number, nameNumber, Kind.NULL, "null");
        break;
      default:
        node = Node.Scalar.of(parent, key, index, at, number, nameNumber, Kind.INVALID, "");
        problems.at(
            node,
            "unsupported value ("
                + describeToken(parser)
                + "); use text, a number, true, false or null");
        return node;
    }
    if (parser instanceof YAMLParser) {
      return checkYaml((YAMLParser) parser, node, parent, key, index, at, number, nameNumber);
    }
    return node;
  }

  private static Node integer(
      JsonParser parser,
      @Nullable Node parent,
      @Nullable String key,
      int index,
      Positions at,
      int number,
      int nameNumber) {
    // Only an integer too large for a long costs a BigInteger.
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      BigInteger value = parser.getBigIntegerValue();
      return Node.Scalar.integer(
          parent, key, index, at, number, nameNumber, parser.getString(), value);
    }
    long value = parser.getLongValue();
    return Node.Scalar.integer(
        parent, key, index, at, number, nameNumber, parser.getString(), value);
  }

  private Node checkYaml(
      YAMLParser parser,
      Node node,
      @Nullable Node parent,
      @Nullable String key,
      int index,
      Positions at,
      int number,
      int nameNumber) {
    if (parser.isCurrentAlias()) {
      Node invalid = Node.Scalar.of(parent, key, index, at, number, nameNumber, Kind.INVALID, "");
      if (aliases++ == 0) {
        firstAlias = invalid;
        firstAliasName = parser.getString();
      }
      return invalid;
    }
    // Explicit tags, the standard ones (!!str, !!binary) included, and anchors change how a value
    // is read or reused; a Lympha file says each value plainly, once.
    String tag = parser.getRawTag();
    if (tag != null) {
      problems.at(
          node,
          "YAML tags ("
              + Node.Scalar.escape(tag.replace(YAML_TAG_PREFIX, "!!"))
              + ") are not supported in Lympha files; remove the tag");
    }
    // The parser names the anchor of a list or a map, not that of a scalar value: the text does.
    Object anchor = parser.getObjectId();
    String name =
        anchor != null
            ? anchor.toString()
            : node instanceof Node.Scalar ? anchorBefore(parser) : null;
    if (name != null) {
      problems.at(node, anchorMessage(name));
    }
    return node;
  }

  private static String anchorMessage(String name) {
    return "YAML anchors (&"
        + Node.Scalar.escape(name)
        + ") are not supported in Lympha files; remove the anchor";
  }

  /**
   * The name of the anchor written among the node properties ({@code &name}, before or after a tag)
   * where the current token starts, or null when there is none.
   */
  private @Nullable String anchorBefore(JsonParser parser) {
    long offset = parser.currentTokenLocation().getCharOffset();
    if (offset < 0 || offset >= text.length()) {
      return null;
    }
    int i = (int) offset;
    // At most two node properties: an anchor and a tag, in either order.
    for (int property = 0; property < 2 && i < text.length(); property++) {
      char c = text.charAt(i);
      if (c != '&' && c != '!') {
        return null;
      }
      int end = i + 1;
      while (end < text.length() && !endsProperty(text.charAt(end))) {
        end++;
      }
      if (c == '&') {
        return text.substring(i + 1, end);
      }
      i = end;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
    }
    return null;
  }

  /** White space and the flow indicators end an anchor's name or a tag. */
  private static boolean endsProperty(char c) {
    return Character.isWhitespace(c) || c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
  }

  private static String describeToken(JsonParser parser) {
    if (parser instanceof YAMLParser) {
      String tag = ((YAMLParser) parser).getRawTag();
      if (tag != null) {
        return "YAML tag " + tag.replace(YAML_TAG_PREFIX, "!!");
      }
    }
    return String.valueOf(parser.currentToken());
  }

  /**
   * Reports text that holds a lone surrogate: it is no character and cannot be written as UTF-8.
   */
  private void checkUnicode(String text, Node node, boolean isName) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        String message =
            String.format(
                "the %s holds an unpaired surrogate \\u%04X, which is not a character; remove it",
                isName ? "field name" : "text", (int) c);
        if (isName) {
          problems.atName(node, message);
        } else {
          problems.at(node, message);
        }
        return;
      }
    }
  }

  private void reportSyntaxError(JsonParser parser, JacksonException e) {
    String pointer = pointerOf(parser);
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYamlEngineException) {
      MarkedYamlEngineException yaml = (MarkedYamlEngineException) cause;
      Position at =
          yaml.getProblemMark()
              .or(yaml::getContextMark)
              .map(TreeReader::position)
              .orElseGet(() -> location(parser, e));
      StringBuilder message = new StringBuilder("malformed YAML: ").append(yaml.getProblem());
      String context = yaml.getContext();
      if (context != null && !context.isBlank() && yaml.getContextMark().isPresent()) {
        Position from = position(yaml.getContextMark().get());
        if (from.line != at.line || from.column != at.column) {
          message
              .append(" (")
              .append(context)
              .append(" at line ")
              .append(from.line)
              .append(", column ")
              .append(from.column)
              .append(')');
        }
      }
      problems.add(pointer, at.line, at.column, message.toString());
      return;
    }
    Position at = location(parser, e);
    problems.add(pointer, at.line, at.column, malformed(e));
  }

  private String malformed(JacksonException e) {
    String original = e.getOriginalMessage();
    String text = original == null ? String.valueOf(e.getMessage()) : original;
    text = JACKSON_START_MARKER.matcher(text).replaceAll("");
    Matcher starting = JACKSON_STARTING_AT.matcher(text);
    text =
        starting.replaceAll(
            r ->
                " (the "
                    + r.group(1).toLowerCase(Locale.ROOT)
                    + " starts at line "
                    + r.group(2)
                    + ", column "
                    + r.group(3)
                    + ")");
    Matcher m = JACKSON_SOURCE.matcher(text);
    text = m.replaceAll(" at line $1, column $2");
    text = JACKSON_ANY_SOURCE.matcher(text).replaceAll("");
    if (text.contains("nesting depth")) {
      return tooDeep();
    }
    return "malformed " + (syntax == Syntax.JSON ? "JSON: " : "YAML: ") + text.strip();
  }

  private static String pointerOf(JsonParser parser) {
    try {
      return parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static Position location(JsonParser parser, JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      at = parser.currentLocation();
    }
    return position(at);
  }

  private static Position position(TokenStreamLocation location) {
    return new Position(location.getLineNr(), location.getColumnNr());
  }

  private static Position position(Mark mark) {
    return new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  private String tooDeep() {
    return "the document is nested more than "
        + maxDepth
        + " levels deep, the reader's limit; a Lympha file needs at most 6";
  }

  private String expectedDocument() {
    return syntax == Syntax.JSON
        ? "a JSON object such as {\"lympha\": \"1\", ...}"
        : "a YAML mapping starting with lympha: \"1\"";
  }

  /**
   * The text for SnakeYAML, never more than {@code len - 1} characters at a time: SnakeYAML Engine
   * (3.0.1) reads one character past its 1,025-character buffer when a full buffer ends on the
   * first half of a surrogate pair (an emoji that straddles character 1,024 of a chunk), and fails
   * with an {@link IndexOutOfBoundsException}. A buffer that is never filled leaves it room.
   */
  static final class ShortReads extends Reader {
    private final String text;
    private int next;

    ShortReads(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (next >= text.length()) {
        return -1;
      }
      int n = Math.min(text.length() - next, length > 1 ? length - 1 : 1);
      text.getChars(next, next + n, buffer, offset);
      next += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
