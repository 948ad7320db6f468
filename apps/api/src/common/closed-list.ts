/**
 * A list of the allowed words of a domain type, for @IsIn and the OpenAPI enum, that must name
 * every member of the type: if the domain adds a word, the API stops compiling until the list has
 * it. (The domain exports lists for some of its vocabularies; these are the ones it types only.)
 */
export function closedList<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> })): L =>
    list;
}
