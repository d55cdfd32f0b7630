import { searchContract } from '../contract-suite';
import { builtinEngine } from './engine';

searchContract(builtinEngine, { explains: true });
