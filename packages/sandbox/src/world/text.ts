// Word lists the world draws names and texts from. All made up for the sandbox.

export const adjectives = [
  'sunny', 'lazy', 'cosmic', 'tiny', 'loud', 'quiet', 'golden', 'wild', 'sleepy', 'lucky', 'neon', 'salty',
  'spicy', 'chill', 'brave', 'happy', 'crispy', 'fuzzy', 'mellow', 'rapid', 'silver', 'velvet', 'witty', 'zesty',
] as const;

export const nouns = [
  'koala', 'panda', 'taco', 'comet', 'pixel', 'otter', 'mango', 'falcon', 'noodle', 'cactus', 'waffle', 'tiger',
  'lemon', 'rocket', 'pebble', 'dolphin', 'maple', 'badger', 'biscuit', 'lynx', 'cookie', 'harbor', 'gecko', 'ember',
] as const;

export const firstNames = [
  'Ava', 'Liam', 'Mia', 'Noah', 'Zoe', 'Leo', 'Emma', 'Kai', 'Isla', 'Omar', 'Lena', 'Theo', 'Nia', 'Hugo',
  'Sara', 'Yuki', 'Ines', 'Mateo', 'Chloe', 'Ravi', 'Ada', 'Felix', 'Maya', 'Jonas',
] as const;

export const bios = [
  'just here for the vibes',
  'dance | food | travel',
  'new video every friday',
  'business: see link below',
  'making the internet a little weirder',
  'coffee first',
  'dog parent. part-time chef.',
  '',
] as const;

export const captionOpeners = [
  'wait for it', 'day 12 of trying this', 'pov: you forgot the keys again', 'this took way too long',
  'had to share this', 'tell me I am not the only one', 'rate this 1-10', 'my mom made me post this',
  'no thoughts just vibes', 'part 2 because you asked', 'the ending though', 'weekend mood',
] as const;

export const emojis = ['😂', '🔥', '✨', '😭', '💀', '🥰', '👀', '🎶', '🙌', '😎'] as const;

export const commentTexts = [
  'this is so good', 'the ending got me', 'who else is watching this at 3am', 'need a tutorial pls',
  'ok but the music', 'I have watched this 10 times', 'underrated', 'first', 'how is this not viral',
  'the way I screamed', 'saving this for later', 'part 2?', 'this made my day', 'love this energy',
] as const;

export const replyTexts = ['fr', 'same', 'literally me', 'lol yes', 'agreed', 'right?!', 'no way', 'this ^'] as const;

export const messageTexts = [
  'Hello!', 'hi, whatsup', 'did you see the new video?', 'haha yes', 'lets collab soon', 'sent you the link',
  'thanks!', 'see you tomorrow', 'that was fun', 'ok cool',
] as const;

/** Popular sounds; index 0 is the documented example music 28459463. */
export const tracks = [
  { title: 'Harbor Lights', authorName: 'Sandbox Sounds', album: 'Harbor Lights' },
  { title: 'Midnight Drive', authorName: 'Nova Lane', album: 'Night Shift' },
  { title: 'Paper Planes Again', authorName: 'The Kites', album: 'Skyline' },
  { title: 'Sunday Reset', authorName: 'Mellow Club', album: 'Weekends' },
  { title: 'Glow Up', authorName: 'Kira B', album: 'Glow' },
  { title: 'Run It Back', authorName: 'DJ Pebble', album: 'Loops' },
  { title: 'Lemonade Summer', authorName: 'Citrus', album: 'Seasons' },
  { title: 'Slow Motion', authorName: 'Echo Park', album: 'Tape 2' },
  { title: 'Main Character', authorName: 'Ivy Rose', album: 'Scenes' },
  { title: 'Bounce', authorName: 'Low Tide', album: 'Bounce' },
  { title: 'Golden Hour Loop', authorName: 'Sol', album: 'Loops' },
  { title: 'Not Today', authorName: 'Marlow', album: 'Moods' },
] as const;

/** Hashtags; index 0 is the documented example hashtag 4655293. */
export const hashtagNames = [
  'lilyachty', 'fyp', 'dance', 'comedy', 'food', 'travel', 'pets', 'diy', 'fitness', 'fashion', 'gaming',
  'music', 'art', 'cooking', 'learnontiktok', 'booktok', 'skincare', 'outfit', 'tutorial', 'funny',
] as const;

/** Explore categories by ID (1 is the documented example). */
export const exploreCategories: Readonly<Record<number, string>> = {
  1: 'Comedy',
  2: 'Dance',
  3: 'Sports',
  4: 'Food',
  5: 'Gaming',
  6: 'Animals',
  7: 'Beauty',
  8: 'Music',
  9: 'Travel',
  10: 'Learning',
};

export const liveTopics = [
  { id: 5, name: 'Chatting' },
  { id: 8, name: 'Music' },
  { id: 12, name: 'Gaming' },
  { id: 17, name: 'Cooking' },
  { id: 23, name: 'Fitness' },
  { id: 31, name: 'Art' },
] as const;

export const gifts = [
  { id: 5655, name: 'Rose', diamond_count: 1 },
  { id: 5269, name: 'TikTok', diamond_count: 1 },
  { id: 5827, name: 'Ice Cream Cone', diamond_count: 1 },
  { id: 6064, name: 'GG', diamond_count: 1 },
  { id: 5760, name: 'Weights', diamond_count: 1 },
  { id: 6104, name: 'Cap', diamond_count: 99 },
] as const;
