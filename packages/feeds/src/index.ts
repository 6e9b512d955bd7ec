export { canonicalizeUrl, MAX_URL_LENGTH } from './canonical-url.ts';
export { decodeBytes, normalizeCharset, type CharsetSource, type DecodeOptions, type DecodedText } from './decode.ts';
export { DEFAULT_FEEDS, defaultFeedSettings, type DefaultFeed } from './default-feeds.ts';
export { toIsoDate } from './dates.ts';
export { isWithinHorizon, itemIdentity, MAX_IDENTITY_BYTES, type GuidPolicy } from './identity.ts';
export { parseFeed, type ParseFeedOptions } from './parse-feed.ts';
export { RELEVANCE_THRESHOLD, scoreRelevance, type RelevanceScore } from './relevance.ts';
export { FeedParseError, type FeedFormat, type FeedItem, type FeedParseFailure, type ParsedFeed } from './types.ts';
export {
  escapeXmlAttribute,
  OPML_SETTINGS_NAMESPACE,
  OpmlError,
  readOpml,
  writeOpml,
  type OpmlDocument,
  type OpmlFeed,
  type OpmlSkipped,
  type OpmlWriteFeed,
} from './opml.ts';
export { parseRobots, productToken, robotsAllows, robotsCrawlDelay, ROBOTS_MAX_BYTES, type Robots, type RobotsRule } from './robots.ts';
