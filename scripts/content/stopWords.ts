// Words that carry no content of their own, per language: articles, pronouns, prepositions,
// conjunctions, auxiliaries and the commonest adverbs. The screen-time measure ignores them when it
// asks whether a card repeats the narration.

const EN = `a an the and or but nor so yet if then than that this these those there here it its
it's is are was were be been being am do does did done have has had having will would shall should
can could may might must of in on at by for from to into onto over under with without within about
after before between among through during until up down out off as not no yes all any some each
every both either neither one ones own same such only also too very more most much many few less
least other another again once he she they them their theirs his her hers him we us our you your i
me my mine who whom whose which what when where why how while because although though whether just
even still ever never now then what's s t`;

const RU = `и в во не что он она оно они на я с со как а то все всё так его ее её их им ими к у же вы
за бы по только ему ей мне было была были быть есть нет от меня о об обо из ли или если уже до
вот для тоже мы при этот эта это эти этого этой этих том тот та те того той тех кто где когда
чем чтобы себя себе своей свой своих свои своё свое под над без через после перед между про
также ещё еще лишь даже уж ни но да был будет будут который которая которое которые которых
которой которого которым один одна одно одни её ним нему ней них нас вас наш ваш
около примерно почти более менее свыше`;

const UK = `і й та в у не що він вона воно вони на я з із зі як а то все усе так його її їх їм ними
к до же ви за б би по тільки йому їй мені було була були бути є немає від мене о про з-під з-за
чи або якщо вже ось для теж також ми при цей ця це ці цього цієї цих той та ті того тієї тих
хто де коли ніж щоб себе собі свій своя своє свої своїх під над без через після перед між ще
лише навіть ні але так був буде будуть який яка яке які яких якої якого яким один одна одне
одні них нас вас наш ваш
близько приблизно майже понад більше менше`;

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Stop words by language code. */
export const STOP_WORDS: Record<string, Set<string>> = { en: set(EN), ru: set(RU), uk: set(UK) };
