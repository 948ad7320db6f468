import * as path from 'node:path';
import { register } from 'tsconfig-paths';
import { compilerOptions } from '../../tsconfig.base.json';

// Jest's global setup runs outside its module registry, so its moduleNameMapper does not apply
// there: the `@venskab/*` imports of what the setup loads resolve through tsconfig's own "paths".
register({ baseUrl: path.resolve(__dirname, '../..'), paths: compilerOptions.paths });
