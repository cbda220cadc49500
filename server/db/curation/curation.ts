// Curation, one module: delete an article, merge entities, reject or restore a claim, edit an entity, undo.
export { deleteArticle, type DeleteArticleResult } from './delete-article.js';
export { mergeEntities, type MergeEntitiesResult } from './merge-entities.js';
export { rejectClaim, restoreClaim } from './reject-claim.js';
export { updateEntity, type EntityUpdate } from './update-entity.js';
export { revertCuration } from './revert-curation.js';
