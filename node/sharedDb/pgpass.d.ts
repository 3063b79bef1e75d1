// The pgpass package ships no types; this is the one function the planner calls.
declare module 'pgpass' {
  function pgpass(
    connection: { host: string; port: number; database: string; user: string },
    found: (password: string | undefined) => void,
  ): void;
  export default pgpass;
}
