/** Types for guard-associate-loader.cjs (a webpack loader in plain CommonJS). */
declare function guardAssociateLoader(source: string): string;
declare namespace guardAssociateLoader {
  function guardAssociateCalls(source: string): string;
}
export = guardAssociateLoader;
