import { it } from 'vitest';
import { openStore } from '/work/main/src/lib/server/db/index';
import { assignmentResults } from '/work/main/src/lib/server/data/results';
it('plan', async () => {
  const store = await openStore({ sqlitePath: ':memory:' });
  if (store.kind !== 'sqlite') return;
  const db = store.db;
  const c = store.client;
  c.exec(`insert into class values ('c','t','n','x'); insert into assignment values ('a','c','m','CODE',null,null,3,'after-item','x');`);
  const at = new Date().toISOString();
  const ins = c.transaction(() => {
    for (let n=0;n<1000;n++){
      c.prepare('insert into learner values (?,?,?,?,?,?,?)').run(`l${n}`,'a',`L${n}`,`l${n}`,'h','R',at);
      for (const num of [1,2]) {
        c.prepare('insert into attempt values (?,?,?,?,?,?)').run(`l${n}-${num}`,'m',`l${n}`,num,at,at);
        for (let i=0;i<21;i++) c.prepare('insert into response values (?,?,?,?,?,?,?)').run(`l${n}-${num}`,`item-${i}`,JSON.stringify({marks:[i,i+1]}),i%3,2,at,at);
      }
    }
  });
  ins();
  const q1 = db.selectFrom('response').innerJoin('attempt','attempt.id','response.attempt_id').innerJoin('learner','learner.id','attempt.learner_id').selectAll('response').where('learner.assignment_id','=','a').where('attempt.number','=',(eb)=>eb.selectFrom('attempt as later').select((eb)=>eb.fn.max('later.number').as('latest')).whereRef('later.learner_id','=','learner.id')).compile();
  console.log(q1.sql);
  console.log(c.prepare('explain query plan '+q1.sql).all(...q1.parameters as any[]));
  for (let k=0;k<3;k++){ let t=performance.now(); const rows = c.prepare(q1.sql).all(...q1.parameters as any[]); console.log('q1 raw', rows.length, performance.now()-t);}
  for (let k=0;k<3;k++){ let t=performance.now(); await assignmentResults(db,'a'); console.log('full', performance.now()-t);}
});
