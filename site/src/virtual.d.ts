/** Modules the build generates (see site/build.ts); `data.ts` gives the data its type. */
declare module 'site:data' {
  const data: unknown;
  export default data;
}

/** Every module of src/params, by file name. */
declare module 'site:params' {
  const modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  export default modules;
}
