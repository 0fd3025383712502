/** The item model and catalogue: pure code, shared with the modules that practise and assess. */
@org.springframework.modulith.NamedInterface("item")
package org.mlready.assessment.item;
